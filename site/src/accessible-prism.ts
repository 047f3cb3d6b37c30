/**
 * Prism code themes with every token's colour at WCAG 2.1 AA contrast (4.5:1)
 * against the theme's own background: the bundled themes keep comments and
 * some tokens at 2.5–4:1. A colour that falls short is moved toward black on
 * a light background, toward white on a dark one, no further than needed.
 */

import type {PrismTheme} from 'prism-react-renderer'

type Rgb = [number, number, number]

function parse(colour: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1]
  if (!hex) return null
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex
  return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as Rgb
}

function luminance([r, g, b]: Rgb): number {
  const [x, y, z] = [r, g, b].map((value) => {
    const channel = value / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * x + 0.7152 * y + 0.0722 * z
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const hex = (rgb: Rgb) => `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`

/** `colour`, or the nearest mix of it toward black or white that reaches 4.5:1 on `background`. */
function readable(colour: string, background: Rgb): string {
  const rgb = parse(colour)
  if (!rgb || contrast(rgb, background) >= 4.5) return colour
  const toward: Rgb = luminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255]
  for (let step = 1; step <= 20; step++) {
    const mixed = rgb.map((value, at) => value + ((toward[at]! - value) * step) / 20) as Rgb
    if (contrast(mixed, background) >= 4.5) return hex(mixed)
  }
  return hex(toward)
}

export function accessiblePrismTheme(theme: PrismTheme): PrismTheme {
  const background = parse(theme.plain.backgroundColor ?? '#ffffff') ?? [255, 255, 255]
  const fix = <T extends {color?: string}>(style: T): T => (style.color ? {...style, color: readable(style.color, background)} : style)
  return {plain: fix(theme.plain), styles: theme.styles.map((entry) => ({...entry, style: fix(entry.style)}))}
}
