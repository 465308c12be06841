declare module 'virtual:kz-content' {
	const collection: import('$lib/model/types').Collection;
	export default collection;
}
