/** Reasons in plain words, each with how to fix it (a denial's, or a violation notice's). */
export function ReasonList({ reasons, howToFix }: { reasons: readonly { code: string; title: string; howToFix: string }[]; howToFix: string }) {
  return (
    <ul className="usa-list">
      {reasons.map((r) => (
        <li key={r.code}>
          <strong>{r.title}</strong>
          <br />
          {howToFix} {r.howToFix}
        </li>
      ))}
    </ul>
  );
}
