declare module 'virtual:kz-content' {
	const collection: import('$lib/events/collection').Collection;
	export default collection;
}
