// The block possible-causes/topic in the block editor: choose a topic, the
// heading level and the sections to open; the preview is the real widget
// (embed.js, a dependency of this script). WordPress 6.1 runs no JSX or
// modules here without a build, so this is a classic script on wp.* globals.
( function ( blocks, element, blockEditor, components, apiFetch, i18n ) {
	const { createElement: el, useEffect, useRef, useState } = element;
	const { __ } = i18n;
	const NAME = 'possible-causes/topic';
	let topics; // One request for every block on the page.

	function useTopics() {
		const [ list, setList ] = useState( null );
		useEffect( () => {
			topics = topics || apiFetch( { path: '/possible-causes/v1/topics' } );
			topics.then( setList, () => setList( [] ) );
		}, [] );
		return list;
	}

	/** The widget as readers get it; the site's own topic as inline JSON, as text. */
	function Preview( { attributes, topic } ) {
		const box = useRef();
		useEffect( () => {
			const widget = document.createElement( 'possible-causes' );
			for ( const [ name, value ] of Object.entries( attributes ) ) {
				if ( value && ( name !== 'topic' || topic.builtIn ) ) widget.setAttribute( name, value );
			}
			if ( ! topic.builtIn ) {
				const json = document.createElement( 'script' );
				json.type = 'application/json';
				json.textContent = topic.json.replaceAll( '</', '<\\/' );
				widget.append( json );
			}
			box.current.replaceChildren( widget );
		}, [ JSON.stringify( attributes ), topic ] );
		return el( 'div', { ref: box } );
	}

	function Edit( { attributes, setAttributes } ) {
		const list = useTopics();
		const props = blockEditor.useBlockProps();
		const levels = blocks.getBlockType( NAME ).attributes[ 'heading-level' ].enum;
		const topic = list && list.find( ( t ) => t.id === attributes.topic );
		const open = ( attributes.open || '' ).split( /\s+/ ).filter( Boolean );
		const choose = el( components.SelectControl, {
			label: __( 'Topic', 'possible-causes' ),
			value: attributes.topic || '',
			options: [ { value: '', label: __( 'Choose a topic', 'possible-causes' ) } ].concat(
				( list || [] ).map( ( t ) => ( { value: t.id, label: t.title } ) )
			),
			onChange: ( id ) => setAttributes( { topic: id || undefined, open: undefined } ),
		} );
		const settings = el(
			blockEditor.InspectorControls,
			null,
			el(
				components.PanelBody,
				{ title: __( 'Widget', 'possible-causes' ) },
				choose,
				el( components.SelectControl, {
					label: __( 'Heading level of each cause', 'possible-causes' ),
					value: attributes[ 'heading-level' ] || '',
					options: [ { value: '', label: __( 'Default', 'possible-causes' ) } ].concat(
						levels.map( ( level ) => ( { value: level, label: 'H' + level } ) )
					),
					onChange: ( level ) => setAttributes( { 'heading-level': level || undefined } ),
				} ),
				topic &&
					el(
						'fieldset',
						null,
						el( 'legend', null, __( 'Sections open at first', 'possible-causes' ) ),
						topic.causes.map( ( cause ) =>
							el( components.CheckboxControl, {
								key: cause.id,
								label: cause.title,
								checked: open.includes( cause.id ),
								onChange: ( checked ) => {
									const next = checked ? open.concat( cause.id ) : open.filter( ( id ) => id !== cause.id );
									setAttributes( { open: next.join( ' ' ) || undefined } );
								},
							} )
						)
					)
			)
		);
		let body;
		if ( list === null ) body = el( components.Spinner );
		else if ( ! topic ) body = el( components.Placeholder, { icon: 'list-view', label: __( 'Possible causes', 'possible-causes' ) }, choose );
		else body = el( Preview, { attributes, topic } );
		return el( 'div', props, settings, body );
	}

	blocks.registerBlockType( NAME, { edit: Edit, save: () => null } );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.apiFetch, window.wp.i18n );
