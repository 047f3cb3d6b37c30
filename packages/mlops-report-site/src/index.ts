export {buildSite, normalizeBaseUrl, SiteInputError} from './build-site.js'
export type {SiteOptions} from './build-site.js'
