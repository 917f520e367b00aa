import { useDisplayLocale } from '../../shared/settings-context';
import { platformLabel } from '../../domain/clients/client-display';
import type { PlatformMetrics } from '../../domain/proposals/proposal-metrics';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { MoneyAmounts } from '../../ui/MoneyAmounts';
import { formatPerWin } from './proposal-format';
import { formatShare, formatWait } from '../../shared/figure-display';
import styles from './proposals.module.css';

const DASH = <span className="muted">—</span>;

/** The same figures as the cards above, one row per platform, so a marketplace that costs more than it wins shows. */
export function PlatformMetricsTable({ rows }: { rows: readonly PlatformMetrics[] }) {
  const locale = useDisplayLocale();
  const columns: ReadonlyArray<DataTableColumn<PlatformMetrics>> = [
    { key: 'platform', header: 'Platform', cell: ({ platform }) => <span className={styles.proposalsTitle}>{platformLabel(platform)}</span> },
    { key: 'sent', header: 'Sent', align: 'end', cell: ({ metrics }) => metrics.sent },
    { key: 'won', header: 'Won', align: 'end', cell: ({ metrics }) => `${metrics.won} of ${metrics.won + metrics.lost}` },
    { key: 'rate', header: 'Win rate', align: 'end', cell: ({ metrics }) => (metrics.winRate === undefined ? DASH : formatShare(metrics.winRate, locale)) },
    {
      key: 'response',
      header: 'Median response',
      align: 'end',
      cell: ({ metrics }) => (metrics.medianResponseMs === undefined ? DASH : formatWait(metrics.medianResponseMs, locale)),
    },
    {
      key: 'connects',
      header: 'Connects per win',
      align: 'end',
      cell: ({ metrics }) => (metrics.connectsPerWin === undefined ? DASH : formatPerWin(metrics.connectsPerWin, locale)),
    },
    { key: 'spent', header: 'Spent per win', align: 'end', cell: ({ metrics }) => <MoneyAmounts amounts={metrics.spentPerWin} /> },
    { key: 'open', header: 'Open value', align: 'end', cell: ({ metrics }) => <MoneyAmounts amounts={metrics.openValue} /> },
  ];
  return <DataTable label="Proposal metrics by platform" rows={rows} columns={columns} rowKey={(row) => row.platform} emptyMessage="No proposals sent in this period." />;
}
