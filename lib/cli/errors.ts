/** Errors the user can act on: printed as one line, never with a stack trace. */

/** Bad arguments: the CLI exits with code 2. */
export class UsageError extends Error {}

/** One input cannot be read (missing, unreadable, binary, not UTF-8): reported, the others go on, exit code 1. */
export class InputError extends Error {}

/** The output cannot be written (a full disk, a closed stdout, an --out that is not a folder): one line, exit code 1. */
export class OutputError extends Error {}

/** The message for a failed file system call, without Node's syscall details. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'not a folder';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    case 'EBADF':
      return 'not open for writing';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
