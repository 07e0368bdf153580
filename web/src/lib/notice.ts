import { useCallback, useState } from 'react';

/** What the page last told the user: a status, or an alert when something was refused. */
export interface Notice {
  text: string;
  alert: boolean;
  /** Counts notices, so the same text said twice is announced twice. */
  serial: number;
}

export type Notify = (text: string, alert?: boolean) => void;

let noticeSerial = 0;

/** The notice shown, how to say the next one and how to say nothing. */
export function useNotice(): { notice: Notice | null; notify: Notify; clear: () => void } {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback<Notify>(
    (text, alert = false) => setNotice({ text, alert, serial: ++noticeSerial }),
    [],
  );
  const clear = useCallback(() => setNotice(null), []);
  return { notice, notify, clear };
}
