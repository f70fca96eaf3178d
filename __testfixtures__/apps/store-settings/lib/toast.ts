// A very small toast store: `toast.success(...)` / `toast.error(...)` from anywhere on the client,
// rendered by <Toaster /> in the root layout. Each toast goes away after a few seconds.

export interface Toast {
  id: number;
  kind: 'success' | 'error';
  message: string;
}

const TOAST_DURATION_MS = 5000;
const noToasts: Toast[] = [];
let toasts: Toast[] = noToasts;
let nextId = 1;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function show(kind: Toast['kind'], message: string) {
  const id = nextId++;
  toasts = [...toasts, { id, kind, message }];
  emit();
  setTimeout(() => dismiss(id), TOAST_DURATION_MS);
}

export function dismiss(id: number) {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export const toast = {
  success: (message: string) => show('success', message),
  error: (message: string) => show('error', message),
};

export function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const getToasts = () => toasts;
export const getServerToasts = () => noToasts;
