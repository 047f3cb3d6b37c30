/** tsc compiles the theme's components; their CSS modules go beside them as they are. */
import {cpSync} from 'node:fs'

cpSync('src/theme', 'lib/theme', {recursive: true, filter: (source) => !/\.tsx?$/.test(source)})
