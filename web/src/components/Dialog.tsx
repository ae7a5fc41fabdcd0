/**
 * Dialogs on the native `<dialog>` element (focus is kept inside, Escape closes it). `useConfirm()` asks a
 * yes/no question and resolves to the answer: `if (await confirm(x.deleteConfirm)) …`.
 */
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/index.tsx';
import { kitTexts } from './i18n.ts';

interface DialogProps {
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  /** Buttons; the dialog closes itself only through them or Escape. */
  actions: ReactNode;
  onClose(): void;
}

export function Dialog({ open, title, children, actions, onClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="dialog-title" onClose={onClose}>
      <h2 id="dialog-title" className="dialog__title">
        {title}
      </h2>
      {children && <div className="dialog__body">{children}</div>}
      <div className="actions dialog__actions">{actions}</div>
    </dialog>
  );
}

interface Ask {
  message: ReactNode;
  detail?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  resolve(answer: boolean): void;
}

/** A confirmation dialog: render `dialog` once in the screen, call `confirm()` where the action starts. */
export function useConfirm(): {
  confirm(
    message: ReactNode,
    opts?: { detail?: ReactNode; confirmLabel?: string; danger?: boolean },
  ): Promise<boolean>;
  dialog: ReactNode;
} {
  const c = useT(kitTexts);
  const [ask, setAsk] = useState<Ask | null>(null);
  const confirm = useCallback(
    (message: ReactNode, opts: { detail?: ReactNode; confirmLabel?: string; danger?: boolean } = {}) =>
      new Promise<boolean>((resolve) => setAsk({ message, ...opts, resolve })),
    [],
  );
  const answer = (yes: boolean) => {
    ask?.resolve(yes);
    setAsk(null);
  };
  const dialog = (
    <Dialog
      open={ask !== null}
      title={ask?.message}
      onClose={() => answer(false)}
      actions={
        <>
          <button
            type="button"
            className={ask?.danger ? 'btn btn--danger' : 'btn btn--primary'}
            onClick={() => answer(true)}
          >
            {ask?.confirmLabel ?? c.ok}
          </button>
          <button type="button" className="btn btn--secondary" onClick={() => answer(false)}>
            {c.cancel}
          </button>
        </>
      }
    >
      {ask?.detail}
    </Dialog>
  );
  return { confirm, dialog };
}
