import type * as Preset from '@docusaurus/preset-classic'
import type {Config} from '@docusaurus/types'
import {themes} from 'prism-react-renderer'
import {accessiblePrismTheme} from './src/accessible-prism'

// GitHub Pages: the deploy workflow passes the repository's address; locally the project's own.
const url = process.env.SITE_URL ?? 'https://mlops-report.github.io'
const baseUrl = process.env.BASE_URL ?? '/mlops-report/'

const config: Config = {
  title: 'mlops-report',
  tagline: 'Check a 02476 MLOps course report as the graders do, while you write it',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  onBrokenLinks: 'throw',
  future: {v4: true, faster: true},
  // Student text is CommonMark, never MDX.
  markdown: {format: 'detect', hooks: {onBrokenMarkdownLinks: 'throw'}},
  presets: [
    [
      'classic',
      {
        docs: {sidebarPath: './sidebars.ts', routeBasePath: 'docs'},
        blog: false,
        theme: {customCss: './src/css/custom.css'}
      } satisfies Preset.Options
    ]
  ],
  plugins: [
    // One page per rule at /docs/rules/<rule>, where the lint messages' `url` points,
    // straight from the rule package's own documentation.
    [
      '@docusaurus/plugin-content-docs',
      {id: 'rules', path: '../packages/remark-lint-mlops-report/docs', routeBasePath: 'docs/rules', sidebarPath: './sidebars-rules.ts'}
    ],
    ['docusaurus-plugin-mlops-report', {reports: '../examples/report', routeBasePath: 'example'}]
  ],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'mlops-report',
      items: [
        {type: 'doc', docId: 'index', label: 'Docs', position: 'left'},
        {type: 'doc', docId: 'question-length', docsPluginId: 'rules', label: 'Rules', position: 'left'},
        {to: '/example', label: 'Example report', position: 'left'},
        {href: 'https://github.com/mlops-report/mlops-report', label: 'GitHub', position: 'right'}
      ]
    },
    // Every token colour at 4.5:1 on its background (WCAG 2.1 AA); the bundled themes keep some lower.
    prism: {theme: accessiblePrismTheme(themes.github), darkTheme: accessiblePrismTheme(themes.dracula), additionalLanguages: ['bash', 'yaml', 'json']}
  } satisfies Preset.ThemeConfig
}

export default config
