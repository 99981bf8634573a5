/** Keeps an error in one panel from blanking the app: the panel shows what failed and a way to retry. */
import { Component, type ReactNode } from "react";

interface Props {
  /** Names the panel in the message: "The details panel". */
  name: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** An error boundary around one panel. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="panel-error" role="alert">
        <p>
          <strong>{this.props.name} stopped working.</strong> The rest of the app still works.
        </p>
        <p className="panel-error-detail">{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
