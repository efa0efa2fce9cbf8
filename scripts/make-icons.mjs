#!/usr/bin/env node
// Draws the app icon and writes it as PNG (512 and 256 px) and ICO, with Node's zlib only.
// Run: node scripts/make-icons.mjs   (writes resources/icon.png, resources/icon.ico,
// resources/icons/{512x512,256x256}.png; the output is deterministic, so re-running changes nothing).
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

/** Encodes RGBA pixels (width × height × 4 bytes) as an 8-bit truecolour-with-alpha PNG. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8) // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0 // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** An ICO holding PNG images (Windows Vista and later read these directly). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(pngs.length, 4)
  let offset = 6 + 16 * pngs.length
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16)
    entry[0] = size >= 256 ? 0 : size // 0 means 256
    entry[1] = size >= 256 ? 0 : size
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)])
}

// --- The drawing: an indigo rounded square, two people, an arrow from one to the other. -------

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t)
const TOP = [79, 70, 229] // indigo-600
const BOTTOM = [124, 58, 237] // violet-600
const WHITE = [255, 255, 255]

function insideRoundedSquare(u, v) {
  const margin = 0.06
  const radius = 0.2
  const lo = margin + radius
  const hi = 1 - margin - radius
  const dx = Math.max(lo - u, 0, u - hi)
  const dy = Math.max(lo - v, 0, v - hi)
  return u >= margin && u <= 1 - margin && v >= margin && v <= 1 - margin && dx * dx + dy * dy <= radius * radius
}

function insideFigure(u, v) {
  const circle = (cx, cy, r) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r
  const heads = circle(0.33, 0.36, 0.085) || circle(0.67, 0.36, 0.085)
  const bodies =
    (circle(0.33, 0.6, 0.14) && v <= 0.6 && v >= 0.48) || (circle(0.67, 0.6, 0.14) && v <= 0.6 && v >= 0.48)
  const shaft = u >= 0.28 && u <= 0.62 && v >= 0.695 && v <= 0.745
  const head = u >= 0.6 && u <= 0.74 && Math.abs(v - 0.72) <= (0.74 - u) * 0.62
  return heads || bodies || shaft || head
}

/** RGBA pixels of the icon at `size` px, 4×4 supersampled for smooth edges. */
export function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4)
  const samples = 4
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0
      let white = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples) / size
          const v = (y + (sy + 0.5) / samples) / size
          if (!insideRoundedSquare(u, v)) continue
          cover++
          if (insideFigure(u, v)) white++
        }
      }
      const total = samples * samples
      const base = mix(TOP, BOTTOM, y / (size - 1))
      const colour = cover ? mix(base, WHITE, white / cover) : base
      const i = (y * size + x) * 4
      rgba[i] = Math.round(colour[0])
      rgba[i + 1] = Math.round(colour[1])
      rgba[i + 2] = Math.round(colour[2])
      rgba[i + 3] = Math.round((255 * cover) / total)
    }
  }
  return rgba
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources')
  mkdirSync(join(resources, 'icons'), { recursive: true })
  const pngs = [512, 256].map((size) => ({ size, png: encodePng(size, size, drawIcon(size)) }))
  for (const { size, png } of pngs) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), png)
  writeFileSync(join(resources, 'icon.png'), pngs[0].png)
  writeFileSync(join(resources, 'icon.ico'), encodeIco(pngs.filter((p) => p.size === 256)))
  console.log(`wrote icon.png, icon.ico and icons/{512x512,256x256}.png to ${resources}`)
}
