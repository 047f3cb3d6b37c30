import type {SidebarsConfig} from '@docusaurus/plugin-content-docs'

const sidebars: SidebarsConfig = {
  docs: ['index', 'teachers', 'cli', 'hooks', 'editors', 'plugin', 'publish']
}

export default sidebars
