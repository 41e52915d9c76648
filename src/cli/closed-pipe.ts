/**
 * A reader that stops early (`| head`) closes the pipe, and the next write fails with EPIPE: a
 * command-line tool then stops quietly, as other tools do, instead of crashing with a stack trace.
 */
export function stopQuietlyWhenPipeCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
