/**
 * Chart.js wiring for the Trends charts: only the pieces they use are registered (bars, lines,
 * category and linear axes, tooltip, legend, and the title the exported picture carries), plus a plugin that paints the background so an
 * exported PNG is not transparent. Options are presentation only: colours, fonts, axes.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
  type ChartOptions,
  type Plugin,
} from 'chart.js'
import type { ChartSeries } from '@/domain/trends/series'
import { CHART_IMAGE_FONT, type ChartImageHeading } from '@/domain/trends/chart-image'

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  // Off by default: only the exported picture draws a title and a subtitle on the canvas.
  Title,
  SubTitle,
)

const PALETTE: Record<string, string> = {
  accepted: '#2e8b57',
  rejected: '#c8443a',
  pending: '#d99a1e',
  // Bookings whose export carried no decision: muted, neither good nor bad news.
  noDecision: '#b8c0cc',
  acceptanceRate: '#1f5fd1',
  onTimeRate: '#2e8b57',
  incompleteRate: '#c8443a',
  rubricAverage: '#7a4fd1',
  too_small: '#1f5fd1',
  wrong_vertical: '#7a4fd1',
  no_authority: '#c8443a',
  no_pain_or_trigger: '#d99a1e',
  incomplete_handoff: '#e06c9f',
  bad_timing: '#2a9d8f',
  duplicate_or_existing: '#6b7280',
  other: '#9aa3b5',
  no_reason: '#cbd2dc',
}

/** The Teams screen's lines, one per team (`team-0`, `team-1`, … from team-charts.ts), told apart by hue. */
const TEAM_COLOURS = ['#1f5fd1', '#c8443a', '#2e8b57', '#7a4fd1', '#d99a1e', '#2a9d8f', '#e06c9f', '#6b7280']

const colourOf = (key: string): string =>
  PALETTE[key] ?? (/^team-\d+$/.test(key) ? TEAM_COLOURS[Number(key.slice(5)) % TEAM_COLOURS.length]! : '#1f5fd1')

export interface ChartTheme {
  isPresenting: boolean
  text: string
  grid: string
  background: string
}

/** Reads the theme from the page's CSS variables and the presentation flag on <html>. */
export function currentTheme(root: HTMLElement = document.documentElement): ChartTheme {
  const css = getComputedStyle(root)
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback
  return {
    isPresenting: root.dataset.presenting === 'true',
    text: read('--text', '#14171f'),
    grid: read('--border', '#d5d9e0'),
    background: read('--surface', '#ffffff'),
  }
}

/** `scale` thickens lines and points for the exported picture (2 at slide size). */
export function chartData(series: ChartSeries, kind: 'bar' | 'line', scale = 1) {
  return {
    labels: series.labels,
    datasets: series.datasets.map((d) => ({
      label: d.label,
      data: d.data,
      backgroundColor: colourOf(d.key),
      borderColor: colourOf(d.key),
      borderWidth: kind === 'line' ? 2 * scale : 0,
      pointRadius: kind === 'line' ? 3 * scale : 0,
      spanGaps: false,
    })),
  }
}

export function chartOptions(series: ChartSeries, theme: ChartTheme): ChartOptions<'bar' | 'line'> {
  const size = theme.isPresenting ? 24 : 12
  const suffix = series.unit === 'percent' ? '%' : ''
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    color: theme.text,
    font: { size },
    plugins: {
      legend: { display: series.datasets.length > 1, labels: { color: theme.text, font: { size }, boxWidth: size } },
      tooltip: { titleFont: { size }, bodyFont: { size } },
    },
    scales: {
      x: {
        stacked: series.isStacked,
        grid: { display: false },
        ticks: {
          color: theme.text,
          font: { size },
          maxRotation: 0,
          autoSkip: true,
          // Weeks read "W47" on the axis; the data table and tooltips keep the year.
          callback: (_v: string | number, i: number) => (series.labels[i] ?? '').replace(/^\d{4}-/, ''),
        },
      },
      y: {
        stacked: series.isStacked,
        beginAtZero: true,
        ...(series.max !== null ? { max: series.max } : {}),
        ticks: { color: theme.text, font: { size }, callback: (v: string | number) => `${v}${suffix}`, precision: 0 },
        grid: { color: theme.grid },
      },
    },
  }
}

/**
 * Options for the exported picture: presentation fonts at a fixed size, the heading drawn on
 * the canvas (what, which weeks, which team), no tooltips.
 */
export function imageOptions(
  series: ChartSeries,
  theme: ChartTheme,
  heading: ChartImageHeading,
): ChartOptions<'bar' | 'line'> {
  const base = chartOptions(series, { ...theme, isPresenting: true })
  return {
    ...base,
    responsive: false,
    devicePixelRatio: 1,
    layout: { padding: 32 },
    plugins: {
      ...base.plugins,
      tooltip: { enabled: false },
      title: {
        display: true,
        text: heading.title,
        color: theme.text,
        align: 'start',
        font: { size: CHART_IMAGE_FONT.title, weight: 'bold' },
        padding: { bottom: 8 },
      },
      subtitle: {
        display: true,
        text: heading.subtitle,
        color: theme.text,
        align: 'start',
        font: { size: CHART_IMAGE_FONT.subtitle },
        padding: { bottom: 24 },
      },
    },
  }
}

/** Paints the chart's background, so the PNG export looks like the screen. */
export function backgroundPlugin(colour: () => string): Plugin<'bar' | 'line'> {
  return {
    id: 'hh-background',
    beforeDraw(chart) {
      const { ctx, width, height } = chart
      ctx.save()
      ctx.globalCompositeOperation = 'destination-over'
      ctx.fillStyle = colour()
      ctx.fillRect(0, 0, width, height)
      ctx.restore()
    },
  }
}
