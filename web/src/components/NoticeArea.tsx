import type { Notice } from '../lib/notice.ts';

/** Where notices are read out: a status, or an alert for a refusal. */
export function NoticeArea({ notice, className }: { notice: Notice | null; className?: string }) {
  return (
    <div aria-live="polite" className={className}>
      {notice && (
        <p
          key={notice.serial}
          role={notice.alert ? 'alert' : 'status'}
          className={notice.alert ? 'notice refused' : 'notice'}
        >
          {notice.text}
        </p>
      )}
    </div>
  );
}
