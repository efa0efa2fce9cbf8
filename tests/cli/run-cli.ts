import { main } from '@/cli/index'

/** Runs the CLI in-process with the given arguments and collects what it prints and its exit code. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(
    argv,
    { write: (s: string) => ((stdout += s), true) } as never,
    { write: (s: string) => ((stderr += s), true) } as never,
  )
  return { code, stdout, stderr }
}
