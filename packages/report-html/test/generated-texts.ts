/**
 * Texts glued from pieces in a seeded order, the same on every run: each is
 * `min` to `max` pieces long.
 */
export function* generatedTexts(pieces: string[], options: {seed: number; texts: number; min: number; max: number}): Generator<string> {
  let state = options.seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  for (let text = 0; text < options.texts; text++) {
    let markdown = ''
    const count = options.min + Math.floor(random() * (options.max - options.min + 1))
    for (let piece = 0; piece < count; piece++) markdown += pieces[Math.floor(random() * pieces.length)]
    yield markdown
  }
}
