import { Badge } from '../../ui/Badge';
import styles from './ProjectSkills.module.css';

/** The project's skills as badges, a dash when there are none; with `shown`, only the first few and how many more. */
export function ProjectSkills({ skills, shown }: { skills: readonly string[]; shown?: number }) {
  if (skills.length === 0) return <span className="muted">—</span>;
  const listed = shown === undefined ? skills : skills.slice(0, shown);
  const hidden = skills.length - listed.length;
  return (
    <span className={styles.skills} title={shown === undefined ? undefined : skills.join(', ')}>
      {listed.map((skill) => (
        <Badge key={skill}>{skill}</Badge>
      ))}
      {hidden > 0 && <span className="muted small">+{hidden} more</span>}
    </span>
  );
}
