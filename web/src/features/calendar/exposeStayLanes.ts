/** FullCalendar's table of bed lanes, which holds the stays' bars. */
const lanesTable = '.fc-timeline-body > .fc-scrollgrid-sync-table';

/**
 * Each bed's lane becomes a row of FullCalendar's grid, after the row with the bed's name: one cell holding
 * the bars, each of which names its bed and nights.
 */
function expose(root: HTMLElement): void {
  for (const table of root.querySelectorAll(lanesTable)) {
    if (table.hasAttribute('aria-hidden')) table.removeAttribute('aria-hidden');
    if (table.getAttribute('role') !== 'presentation') table.setAttribute('role', 'presentation');
    for (const section of table.querySelectorAll('tbody:not([role])'))
      section.setAttribute('role', 'presentation');
    for (const row of table.querySelectorAll('tr:not([role])')) row.setAttribute('role', 'row');
    for (const cell of table.querySelectorAll('tr > td:not([role])')) cell.setAttribute('role', 'gridcell');
  }
}

/**
 * FullCalendar hides its lanes from screen readers (aria-hidden), and with them the bars of the stays, which
 * are focusable buttons: this shows them again as rows of the grid, also each time the calendar draws
 * its rows anew. Returns the function that stops watching.
 */
export function exposeStayLanes(root: HTMLElement): () => void {
  expose(root);
  const observer = new MutationObserver(() => expose(root));
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-hidden'],
  });
  return () => observer.disconnect();
}
