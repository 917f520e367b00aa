import { Badge } from '../../ui/Badge';
import styles from './ClientTags.module.css';

/** The client's tags as badges; a dash when it has none. */
export function ClientTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return <span className="muted">—</span>;
  return (
    <span className={styles.tags}>
      {tags.map((tag) => (
        <Badge key={tag}>{tag}</Badge>
      ))}
    </span>
  );
}
