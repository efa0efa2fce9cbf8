/** Hosts a link in the app may open in the system browser (docs, the project page). */
const ALLOWED_EXTERNAL_HOSTS = new Set(['github.com', 'www.github.com'])

/** Parses an untrusted URL and says whether it may leave the app for the system browser. */
export function isAllowedExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string') return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return url.protocol === 'https:' && ALLOWED_EXTERNAL_HOSTS.has(url.hostname) && !url.username && !url.password
}
