/** The dates of a call that its retention is counted from. */
export interface RetentionDates {
  decidedAt: Date | null;
  deadline: Date;
  retentionMonths: number;
}

/** `months` calendar months after an instant; the 31st becomes the last day of a shorter month. */
function addMonths(from: Date, months: number): Date {
  const result = new Date(from);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** When a call's applications and reviews are deleted: the months of retention after the decision, or after the deadline if there was none. */
export const deletionDue = (call: RetentionDates): Date => addMonths(call.decidedAt ?? call.deadline, call.retentionMonths);
