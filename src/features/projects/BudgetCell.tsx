import { useDisplayLocale } from '../../shared/settings-context';
import type { Project } from '../../domain/model';
import { projectBudgetBurn, type ProjectUsage } from '../../domain/projects/budget-burn';
import { budgetFormatters } from './budget-format';
import { BudgetMeter } from './BudgetMeter';

/**
 * The budget column of the list: the hours budget's burn, else the amount's, as a small meter. Finished projects and
 * those without a budget show none, since nothing more will be spent.
 */
export function BudgetCell({ project, usage }: { project: Project; usage: ProjectUsage | undefined }) {
  const locale = useDisplayLocale();
  if (usage === undefined) return <span className="muted">—</span>;
  const burn = projectBudgetBurn(project, usage);
  const format = budgetFormatters(project.currency, locale);
  if (burn.hours !== undefined) return <BudgetMeter compact label={`Hours budget of ${project.name}`} burn={burn.hours} format={format.hours} />;
  if (burn.amount !== undefined) return <BudgetMeter compact label={`Amount budget of ${project.name}`} burn={burn.amount} format={format.amount} />;
  return <span className="muted">—</span>;
}
