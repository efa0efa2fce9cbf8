import { checkBackupBytes, type BackupCheckRequest, type BackupCheckResponse } from './backup-check'

/**
 * Checks a backup file off the main thread: a 150 MB file is parsed, checksummed and validated
 * row by row here, so the Data screen stays responsive (issue 20) while it is read.
 */
// Typed by hand: the web-worker lib would clash with the DOM lib this project compiles against.
const scope = self as unknown as {
  postMessage(message: BackupCheckResponse): void
  addEventListener(type: 'message', listener: (event: MessageEvent<BackupCheckRequest>) => void): void
}

scope.addEventListener('message', (event: MessageEvent<BackupCheckRequest>) => {
  const { id, bytes, schemaVersion } = event.data
  void checkBackupBytes(bytes, schemaVersion).then((parsed) => scope.postMessage({ id, parsed }))
})
