/**
 * Typed text closing a sentence the app writes: a full stop is added only when the text does not
 * end a sentence already ("rarely converts." must not become "rarely converts..").
 */
export const endSentence = (text: string): string => {
  const clean = text.trimEnd()
  return /[.!?…:;]["'”’)]*$/.test(clean) ? clean : `${clean}.`
}
