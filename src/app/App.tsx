/** The root component: the store around the shell. */
import { StoreProvider } from "../state/StoreProvider";
import { AppShell } from "./AppShell";

/** The whole app. */
export function App() {
  return (
    <StoreProvider>
      <AppShell />
    </StoreProvider>
  );
}
