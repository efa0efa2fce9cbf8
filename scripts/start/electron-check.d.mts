// Types for the plain-JavaScript start check (Node runs it before anything is compiled).
export declare const ELECTRON_INSTALL_NODE: [number, number]
export declare function findElectronBinary(
  electronDir: string,
  deps?: {
    exists?: (path: string) => boolean
    read?: (path: string, encoding: 'utf8') => string
    env?: Record<string, string | undefined>
  },
): { binary: string | null; isPresent: boolean }
export declare function canInstallElectron(nodeVersion?: string): boolean
export declare function missingElectronMessage(options?: { nodeVersion?: string; downloadFailed?: boolean }): string
