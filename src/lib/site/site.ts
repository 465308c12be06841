/** The short name: the header's brand, the explorer's heading and the end of every page title. */
export const SITE_SHORT_NAME = 'Kazakhstan 1990–2012';

/** The full name: the home page's title, the embed's title and citations of the site's pages. */
export const SITE_NAME = `${SITE_SHORT_NAME}: a timeline explorer`;
