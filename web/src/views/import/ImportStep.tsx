/** One numbered step of the import view: a card with a heading. */
import { useId, type ReactNode } from 'react';

export function ImportStep({
  number,
  title,
  children,
}: {
  number: number;
  title: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="import-step" aria-labelledby={id}>
      <h2 className="import-step-title" id={id}>
        <span className="import-step-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}
