import styles from './FormProblems.module.css';

/** What a refused save says that no single field owns, listed above the form's buttons; nothing when all is well. */
export function FormProblems({ messages, className }: { messages: readonly string[]; className?: string }) {
  if (messages.length === 0) return null;
  return (
    <ul className={className === undefined ? styles.problems : `${className} ${styles.problems}`} aria-label="Other problems">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
