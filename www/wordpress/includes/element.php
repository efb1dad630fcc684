<?php
/**
 * The widget on a page: the block possible-causes/topic and the shortcode
 * [possible_causes], both writing the element exactly as the tool's
 * `render` does (its start tag, the stored pre-rendered shadow root, its
 * JSON-LD) and enqueuing embed.js once, only on pages that hold it.
 *
 * @package possible-causes
 */

defined( 'ABSPATH' ) || exit;

const POSSIBLE_CAUSES_SCRIPT = 'possible-causes';

function possible_causes_register(): void {
	possible_causes_register_post_type();
	$build = possible_causes_build();
	wp_register_script( POSSIBLE_CAUSES_SCRIPT, possible_causes_files_base() . 'embed.js', array(), null, true );
	wp_register_script(
		'possible-causes-block',
		plugins_url( 'admin/block.js', POSSIBLE_CAUSES_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-api-fetch', 'wp-i18n', POSSIBLE_CAUSES_SCRIPT ),
		$build['version'] ?? false,
		true
	);
	register_block_type(
		dirname( POSSIBLE_CAUSES_FILE ),
		// Of a block's attributes, the element's: not the editor's own (lock).
		array( 'render_callback' => fn( $attributes ) => possible_causes_markup( array_intersect_key( (array) $attributes, possible_causes_attributes() ) ) )
	);
	add_shortcode( 'possible_causes', 'possible_causes_shortcode' );
}

/**
 * embed.js loads once, async, and only if the browser finds it byte for
 * byte as built (WordPress 6.1 has no loading strategy or integrity of its own).
 */
function possible_causes_script_tag( string $tag, string $handle, string $src ): string {
	if ( POSSIBLE_CAUSES_SCRIPT !== $handle ) {
		return $tag;
	}
	return sprintf(
		'<script async src="%s" integrity="%s" crossorigin="anonymous"></script>' . "\n",
		esc_url( $src ),
		esc_attr( possible_causes_build()['embedIntegrity'] ?? '' )
	);
}
add_filter( 'script_loader_tag', 'possible_causes_script_tag', 10, 3 );

/**
 * A block's output passes through the_content's later filters; wptexturize
 * would curl the pre-rendered text's quotes, which the widget then renders
 * straight. It leaves alone what is inside a tag listed here.
 */
function possible_causes_no_texturize( array $tags ): array {
	$tags[] = 'possible-causes';
	return $tags;
}
add_filter( 'no_texturize_tags', 'possible_causes_no_texturize' );

/**
 * The shortcode's attributes by the element's names (`department_href` is
 * `department-href`), each the text a reader's browser reads: a shortcode
 * stands in the post's HTML, where WordPress writes `&` as `&amp;` (KSES).
 */
function possible_causes_shortcode( $attributes ): string {
	$named = array();
	foreach ( (array) $attributes as $name => $value ) {
		// A bare word ([possible_causes lazy]) comes with a number for its name.
		if ( is_string( $name ) ) {
			$named[ str_replace( '_', '-', strtolower( $name ) ) ] = html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
	}
	return possible_causes_markup( $named );
}

/**
 * The element for `$given` attributes: each checked against the element's
 * description; what fails is left out, and said to those who can edit the
 * post. An unknown topic gives the element alone, which shows the widget's
 * own notice (with its console error and error event).
 */
function possible_causes_markup( array $given ): string {
	$attributes = possible_causes_attributes();
	$settings   = possible_causes_settings();
	$problems   = array();
	$kept       = array();
	foreach ( $given as $name => $value ) {
		$name   = (string) $name;
		$value  = is_scalar( $value ) ? trim( (string) $value ) : '';
		$unsafe = 'department-href' === $name ? possible_causes_href_problem( $value ) : null;
		if ( ! isset( $attributes[ $name ] ) ) {
			/* translators: %s: an attribute's name */
			$problems[] = sprintf( __( '%s is not one of the widget\'s attributes', 'possible-causes' ), $name );
		} elseif ( '' === $value ) {
			continue;
		} elseif ( isset( $attributes[ $name ]['enum'] ) && ! in_array( $value, $attributes[ $name ]['enum'], true ) ) {
			/* translators: 1: an attribute, 2: the values it takes */
			$problems[] = sprintf( __( '%1$s takes %2$s', 'possible-causes' ), $name, implode( ', ', $attributes[ $name ]['enum'] ) );
		} elseif ( null !== $unsafe ) {
			$problems[] = "$name: $unsafe";
		} else {
			$kept[ $name ] = $value;
		}
	}
	$kept += array_filter(
		array(
			'department-href' => $settings['department_href'],
			'lang'            => $settings['lang'],
			'theme'           => $settings['theme'],
		)
	);

	$topic  = $kept['topic'] ?? ( possible_causes_build()['topics'][0] ?? '' );
	$record = possible_causes_record( $topic );
	wp_enqueue_script( POSSIBLE_CAUSES_SCRIPT );
	if ( null === $record ) {
		/* translators: %s: a topic id */
		$problems[] = sprintf( __( 'no topic has the id "%s"', 'possible-causes' ), $topic );
		return possible_causes_problems( $problems ) . '<possible-causes topic="' . esc_attr( $topic ) . '"></possible-causes>';
	}

	$levels = $record['variants'];
	$level  = $kept['heading-level'] ?? possible_causes_build()['defaults']['heading-level'];
	$lang   = $kept['lang'] ?? $record['lang'];
	if ( ! isset( $levels[ $level ][ $lang ] ) ) {
		/* translators: %s: a language tag */
		$problems[] = sprintf( __( 'lang: the widget does not speak "%s"', 'possible-causes' ), $lang );
		unset( $kept['lang'] );
		$lang = $record['lang'];
	}
	$content = possible_causes_fill_words( $levels[ $level ][ $lang ] ?? '', $record['words'][ $lang ] ?? array(), $kept );
	$content = possible_causes_fill_links( $content, $kept['department-href'] ?? '', $record['departmentLinks'] ?? array() );
	$causes  = array_column( $record['causes'], 'id' );
	$open    = array();
	foreach ( preg_split( '/\s+/', $kept['open'] ?? '', -1, PREG_SPLIT_NO_EMPTY ) as $cause ) {
		if ( in_array( $cause, $causes, true ) ) {
			$open[] = $cause;
			// The section pre-rendered open, as render --open writes it: its start tag, closed and open (admin/records.mjs).
			[ $closed, $opened ] = $record['sections'][ $cause ] ?? array( '', '' );
			$content             = '' === $closed ? $content : str_replace( $closed, $opened, $content );
		} else {
			/* translators: %s: a cause's id */
			$problems[] = sprintf( __( 'open: the topic has no cause "%s"', 'possible-causes' ), $cause );
		}
	}
	$kept['open'] = implode( ' ', $open );
	$kept['lang'] = $lang;
	// The site's own topic rides inside the element as inline JSON.
	$kept['topic'] = possible_causes_is_builtin( $record['id'] ) ? $record['id'] : '';

	// The start tag as render writes it: the element's attributes in their described order.
	$tag = '<possible-causes';
	foreach ( array_keys( $attributes ) as $name ) {
		if ( '' !== ( $kept[ $name ] ?? '' ) ) {
			$tag .= sprintf( ' %s="%s"', $name, esc_attr( $kept[ $name ] ) );
		}
	}
	return possible_causes_problems( $problems ) . $tag . '>' . $content . "</possible-causes>\n" . $record['jsonLd'];
}

/**
 * `$content` with the department links its record marks (admin/records.mjs)
 * filled in: `$template` with each department's id, or, without a template,
 * each department's own link; escaped as the renderer escapes an attribute's
 * value (`&`, `"`, `<`, `>`), so the page is what render makes for them.
 */
function possible_causes_fill_links( string $content, string $template, array $own ): string {
	$marks = possible_causes_build()['marks'];
	return (string) preg_replace_callback(
		possible_causes_marked( $marks['link'] ),
		fn( $mark ) => htmlspecialchars( '' === $template ? (string) ( $own[ $mark[1] ] ?? '' ) : str_replace( $marks['departmentToken'], $mark[1], $template ), ENT_COMPAT, 'UTF-8' ),
		$content
	);
}

/**
 * `$content` with the widget's words its record marks (admin/records.mjs)
 * filled in: each the page's own (`$given`, by attribute) or the language's
 * (`$words`: attribute → word and its tokens), its tokens (`{name}`) given
 * the values the mark carries; escaped as the renderer escapes text, which is
 * where records.mjs proved every mark stands.
 */
function possible_causes_fill_words( string $content, array $words, array $given ): string {
	$marks = possible_causes_build()['marks']['word'];
	$field = $marks[2];
	return (string) preg_replace_callback(
		possible_causes_marked( $marks ),
		function ( $mark ) use ( $words, $given, $field ) {
			$values    = explode( $field, $mark[1] );
			$attribute = array_shift( $values );
			$text      = htmlspecialchars( (string) ( $given[ $attribute ] ?? $words[ $attribute ]['word'] ?? '' ), ENT_NOQUOTES, 'UTF-8' );
			foreach ( $words[ $attribute ]['tokens'] ?? array() as $i => $token ) {
				$text = str_replace( $token, $values[ $i ] ?? '', $text );
			}
			return $text;
		},
		$content
	);
}

/** The pattern of a mark: what stands between its first two characters (`$marks`), as its group 1. */
function possible_causes_marked( array $marks ): string {
	[ $open, $close ] = array_map( fn( $mark ) => preg_quote( $mark, '/' ), $marks );
	return "/$open([^$close]*)$close/u";
}

/** What was left out of a widget, said only to those who can edit the post. */
function possible_causes_problems( array $problems ): string {
	$post = get_the_ID();
	if ( ! $problems || ! ( $post ? current_user_can( 'edit_post', $post ) : current_user_can( 'edit_posts' ) ) ) {
		return '';
	}
	$items = implode( '', array_map( fn( $problem ) => '<li>' . esc_html( $problem ) . '</li>', $problems ) );
	return '<div class="possible-causes-problems" role="note"><p>' . esc_html__( 'Possible causes: left out of this widget (only editors see this):', 'possible-causes' ) . '</p><ul>' . $items . '</ul></div>';
}
