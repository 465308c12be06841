/** Ids of the shared SVG definitions of one chart; `uid` keeps them unique on the page. */
export function svgIds(uid: string) {
	return {
		title: `${uid}-svg-title`,
		description: `${uid}-svg-desc`,
		hatch: `${uid}-hatch`,
		arrow: `${uid}-arrow`
	};
}

/** An SVG paint or marker reference to one of them. */
export function svgUrl(id: string): string {
	return `url(#${id})`;
}
