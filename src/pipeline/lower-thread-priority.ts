// Lowers the calling thread's scheduling priority, so a background worker (an export, a
// snapshot) gives the CPU to the server's thread when the machine is busy and requests do
// not wait behind it. Linux keeps a nice value per thread, and /proc/thread-self names the
// thread; elsewhere, or when not permitted, this does nothing.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of background workers: well below the server's thread (0), above the idle class. */
export const BACKGROUND_NICE = 10;

/** True when the calling thread now runs at `BACKGROUND_NICE`. */
export function lowerThreadPriority(): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
