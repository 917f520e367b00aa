import { useId, useState, type ReactNode } from 'react';
import type { Figure } from '../../../domain/reputation/figure';
import type { SkillEvidence } from '../../../domain/reputation/skills-evidence';
import { countOf } from '../../../shared/count-text';
import { formatMonth } from '../../../shared/date-display';
import { useDisplayLocale } from '../../../shared/settings-context';
import { Duration } from '../../../ui/Duration';
import { Money } from '../../../ui/Money';
import { StarRating } from '../../../ui/StarRating';
import { FigureExplanation, FigureRecordList } from './FigureExplanation';
import { nextSkillSort, sortSkills, type SkillSort, type SkillSortKey } from './skill-sort';
import sectionStyles from './OverviewSection.module.css';
import styles from './SkillsSection.module.css';

export interface SkillsSectionProps {
  skills: Figure<readonly SkillEvidence[]>;
  /** The currency earnings are counted in (Settings' base currency). */
  baseCurrency: string;
}

interface SkillColumn {
  key: SkillSortKey;
  header: string;
  figure: boolean;
}

const COLUMNS: readonly SkillColumn[] = [
  { key: 'name', header: 'Skill', figure: false },
  { key: 'hours', header: 'Hours', figure: true },
  { key: 'projects', header: 'Projects', figure: true },
  { key: 'earnings', header: 'Earnings', figure: true },
  { key: 'rating', header: 'Rating', figure: false },
  { key: 'lastUsed', header: 'Last used', figure: false },
];

const DEFAULT_SORT: SkillSort = { key: 'hours', direction: 'descending' };

/** A column header that sorts the table; its state is the header's aria-sort, as the ARIA sortable-table pattern has it. */
function SortHeader({ column, sort, onSort }: { column: SkillColumn; sort: SkillSort; onSort: (key: SkillSortKey) => void }) {
  const sorted = sort.key === column.key;
  return (
    <th scope="col" aria-sort={sorted ? sort.direction : undefined} className={column.figure ? 'align-end' : undefined}>
      <button type="button" className={styles.sortButton} onClick={() => onSort(column.key)}>
        {column.header}
        <span aria-hidden="true" className={sorted ? styles.sortMarkActive : styles.sortMark}>
          {sorted && sort.direction === 'ascending' ? '↑' : '↓'}
        </span>
      </button>
    </th>
  );
}

/** A skill's records, listed once its disclosure opens. */
function SkillRecords({ skill }: { skill: SkillEvidence }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.evidence} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {countOf(skill.records.length, 'record', 'records')}
        <span className="visually-hidden"> behind {skill.name}</span>
      </summary>
      {open && (
        <div className={styles.evidenceList}>
          <FigureRecordList records={skill.records} />
        </div>
      )}
    </details>
  );
}

function muted(text: string): ReactNode {
  return <span className="muted">{text}</span>;
}

/** Every skill of the window with the work, money and ratings behind it, sortable by each column. */
export function SkillsSection({ skills, baseCurrency }: SkillsSectionProps) {
  const locale = useDisplayLocale();
  const headingId = useId();
  const [sort, setSort] = useState<SkillSort>(DEFAULT_SORT);
  const rows = skills.value === undefined ? [] : sortSkills(skills.value, sort);

  return (
    <section className={sectionStyles.section} aria-labelledby={headingId}>
      <h2 id={headingId}>Skills with evidence</h2>
      <p className={sectionStyles.description}>The skills your projects and credentials name, and the hours, money and ratings that back each one.</p>
      <FigureExplanation figureName="Skills with evidence" formula={skills.formula} records={skills.records} />
      {skills.value === undefined ? (
        <p className={styles.missing}>{skills.missing}</p>
      ) : (
        <div className="data-table-wrap">
          <table className="data-table" aria-label="Skills">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <SortHeader key={column.key} column={column} sort={sort} onSort={(key) => setSort((current) => nextSkillSort(current, key))} />
                ))}
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((skill) => (
                <tr key={skill.key}>
                  <td>
                    <span className={styles.skillName}>{skill.name}</span>
                    {skill.gap !== undefined && <span className={styles.gap}>{skill.gap}</span>}
                  </td>
                  <td className={`align-end ${styles.figure}`}>{skill.trackedMs > 0 ? <Duration ms={skill.trackedMs} /> : muted('None')}</td>
                  <td className={`align-end ${styles.figure}`}>{skill.projectCount}</td>
                  <td className={`align-end ${styles.figure}`}>{skill.earnedBaseMinor !== 0 ? <Money amountMinor={skill.earnedBaseMinor} currency={baseCurrency} /> : muted('None')}</td>
                  <td className={styles.figure}>{skill.averageRatingTenths === undefined ? muted('No rating yet') : <StarRating ratingTenths={skill.averageRatingTenths} />}</td>
                  <td className={styles.figure}>{formatMonth(skill.lastUsed, locale)}</td>
                  <td>
                    <SkillRecords skill={skill} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
