import type { ReactNode } from 'react';

/** A screen as every one is laid out: its title with what works on the whole screen beside it. */
export function Screen(props: {
  readonly title: string;
  /** Beside the title: the screen's tabs, its round or its year. */
  readonly header?: ReactNode;
  readonly children: ReactNode;
}) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h2 id="screen-title">{props.title}</h2>
        {props.header}
      </header>
      {props.children}
    </section>
  );
}
