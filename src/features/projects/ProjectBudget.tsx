import { useDisplayLocale } from '../../shared/settings-context';
import type { Project } from '../../domain/model';
import { projectBudgetBurn, type ProjectUsage } from '../../domain/projects/budget-burn';
import { budgetFormatters } from './budget-format';
import { BudgetMeter } from './BudgetMeter';

/** The project's budgets, each as a meter of used against budget; an invitation to set one when there is none. */
export function ProjectBudget({ project, usage }: { project: Project; usage: ProjectUsage }) {
  const locale = useDisplayLocale();
  const burn = projectBudgetBurn(project, usage);
  const format = budgetFormatters(project.currency, locale);
  const amountBasis = project.billing.kind === 'hourly' ? 'Billable time at the project rate.' : 'Invoiced on this project, before tax.';
  return (
    <section className="card" aria-labelledby="project-budget-title">
      <div className="card-header">
        <div>
          <h2 id="project-budget-title">Budget</h2>
          <p>Warned at 80 %, alerted at 100 %.</p>
        </div>
      </div>
      <div className="card-body stack">
        {burn.hours === undefined && burn.amount === undefined && (
          <p className="muted small">No budget set. Add hours or an amount to the project to see how fast it burns.</p>
        )}
        {burn.hours !== undefined && <BudgetMeter label="Hours budget" burn={burn.hours} format={format.hours} />}
        {burn.amount !== undefined && (
          <div className="stack-sm">
            <BudgetMeter label="Amount budget" burn={burn.amount} format={format.amount} />
            <p className="small muted">{amountBasis}</p>
          </div>
        )}
      </div>
    </section>
  );
}
