/** The bytes of a base64 `data:` URL (what canvas.toDataURL returns); throws on anything else. */
export function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const m = /^data:[^;,]*;base64,([A-Za-z0-9+/=]*)$/.exec(dataUrl)
  if (!m) throw new Error('Not a base64 data URL')
  const binary = atob(m[1]!)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
