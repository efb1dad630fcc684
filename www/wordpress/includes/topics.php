<?php
/**
 * Topics: the built-in ones (shipped in topics/, rendered by the build) and
 * the site's own (a private post type). Each is a record: the topic's JSON,
 * and its pre-rendered markup for every heading level and language, made by
 * the tool's wasm in the browser of the user who saved it, since PHP cannot
 * run the renderer (admin/records.mjs). Its department links and words are
 * marked, and filled in on each page. Storing markup is storing HTML, so only
 * users WordPress lets post unfiltered HTML may store it.
 *
 * @package possible-causes
 */

defined( 'ABSPATH' ) || exit;

// A post type's name has at most 20 characters.
const POSSIBLE_CAUSES_POST_TYPE = 'possible_causes';
const POSSIBLE_CAUSES_RECORD    = '_possible_causes_record';
// A topic id, as the widget's rules allow it; also what may name a file.
const POSSIBLE_CAUSES_ID_PATTERN = '/^[a-z0-9]+(?:-[a-z0-9]+)*$/';

/** Who may store topics and their markup: those WordPress lets post unfiltered HTML. */
function possible_causes_can_store(): bool {
	return current_user_can( 'unfiltered_html' );
}

function possible_causes_register_post_type(): void {
	register_post_type(
		POSSIBLE_CAUSES_POST_TYPE,
		array(
			'label'        => __( 'Possible causes topics', 'possible-causes' ),
			'public'       => false,
			'show_ui'      => false,
			'show_in_rest' => false,
			'rewrite'      => false,
			'query_var'    => false,
			'supports'     => array( 'title' ),
		)
	);
}

/** The site's topic posts, by title. */
function possible_causes_site_posts(): array {
	return get_posts(
		array(
			'post_type'   => POSSIBLE_CAUSES_POST_TYPE,
			'post_status' => 'publish',
			'numberposts' => -1,
			'orderby'     => 'title',
			'order'       => 'ASC',
		)
	);
}

function possible_causes_site_post( string $id ): ?WP_Post {
	if ( ! preg_match( POSSIBLE_CAUSES_ID_PATTERN, $id ) ) {
		return null;
	}
	$posts = get_posts(
		array(
			'post_type'   => POSSIBLE_CAUSES_POST_TYPE,
			'post_status' => 'publish',
			'name'        => $id,
			'numberposts' => 1,
		)
	);
	return $posts[0] ?? null;
}

function possible_causes_is_builtin( string $id ): bool {
	return in_array( $id, possible_causes_build()['topics'] ?? array(), true );
}

/** A topic's record by id, built-in or the site's, or null. */
function possible_causes_record( string $id ): ?array {
	if ( possible_causes_is_builtin( $id ) ) {
		// The id is one of build.json's, so it names a shipped file.
		return possible_causes_plugin_json( "topics/$id.json" ) ?: null;
	}
	$post = possible_causes_site_post( $id );
	return null === $post ? null : possible_causes_post_record( $post );
}

/** The record a topic post stores, or null. */
function possible_causes_post_record( WP_Post $post ): ?array {
	$record = json_decode( (string) get_post_meta( $post->ID, POSSIBLE_CAUSES_RECORD, true ), true );
	return is_array( $record ) ? $record : null;
}

/** Every topic's record: the built-in ones, then the site's. */
function possible_causes_records(): array {
	$records = array();
	foreach ( possible_causes_build()['topics'] ?? array() as $id ) {
		$record = possible_causes_record( $id );
		if ( null !== $record ) {
			$records[] = $record + array( 'builtIn' => true );
		}
	}
	foreach ( possible_causes_site_posts() as $post ) {
		$record = possible_causes_post_record( $post );
		if ( null !== $record ) {
			$records[] = $record + array( 'builtIn' => false );
		}
	}
	return $records;
}

/**
 * Whether a record was rendered by another version of the plugin: the Topics
 * screen renders it again, in the browser, for a user who may store it. (The
 * built-in topics are always this version's; department links are filled in
 * on each page.)
 */
function possible_causes_is_stale( array $record ): bool {
	return ( $record['version'] ?? null ) !== ( possible_causes_build()['version'] ?? '' );
}

/**
 * Why a record sent by the browser cannot be stored, or null. Its shape only:
 * its markup is HTML the user may post anyway (possible_causes_can_store).
 */
function possible_causes_record_problem( $record ): ?string {
	if ( ! is_array( $record ) ) {
		return __( 'The topic is not a record.', 'possible-causes' );
	}
	$id = $record['id'] ?? null;
	if ( ! is_string( $id ) || ! preg_match( POSSIBLE_CAUSES_ID_PATTERN, $id ) ) {
		return __( 'id: lowercase letters, digits and single hyphens only.', 'possible-causes' );
	}
	$topic = json_decode( (string) ( $record['json'] ?? '' ), true );
	if ( ! is_array( $topic ) || ( $topic['id'] ?? null ) !== $id ) {
		return __( 'json: the topic JSON, whose id is the record\'s.', 'possible-causes' );
	}
	foreach ( array( 'title', 'lang', 'version', 'jsonLd' ) as $field ) {
		if ( ! is_string( $record[ $field ] ?? null ) ) {
			/* translators: %s: a field of the record */
			return sprintf( __( '%s: text, please.', 'possible-causes' ), $field );
		}
	}
	if ( ! is_array( $record['causes'] ?? null ) || ! is_array( $record['variants'] ?? null ) ) {
		return __( 'causes and variants: lists, please.', 'possible-causes' );
	}
	$links = $record['departmentLinks'] ?? null;
	if ( ! is_array( $links ) || array_filter( $links, fn( $link ) => ! is_string( $link ) ) ) {
		return __( 'departmentLinks: each department\'s link by its id.', 'possible-causes' );
	}
	$words = $record['words'] ?? null;
	if ( ! is_array( $words ) || array_filter( $words, fn( $own ) => null !== $own && ! is_array( $own ) ) ) {
		return __( 'words: each language\'s words, or null.', 'possible-causes' );
	}
	$sections = $record['sections'] ?? null;
	if ( ! is_array( $sections ) || array_filter( $sections, fn( $tags ) => ! is_array( $tags ) || 2 !== count( array_filter( $tags, 'is_string' ) ) ) ) {
		return __( 'sections: each section\'s start tag, closed and open, by its id.', 'possible-causes' );
	}
	foreach ( $record['variants'] as $languages ) {
		if ( ! is_array( $languages ) || array_filter( $languages, fn( $content ) => ! is_string( $content ) ) ) {
			return __( 'variants: markup by heading level and language.', 'possible-causes' );
		}
	}
	return null;
}

/** Stores the site's topic `$record`; the post's id, or an error. */
function possible_causes_store_topic( array $record ) {
	if ( possible_causes_is_builtin( $record['id'] ) ) {
		return new WP_Error( 'possible_causes_builtin', __( 'A built-in topic has this id: give the topic another.', 'possible-causes' ), array( 'status' => 409 ) );
	}
	$post = possible_causes_site_post( $record['id'] );
	$id   = wp_insert_post(
		array(
			'ID'          => $post->ID ?? 0,
			'post_type'   => POSSIBLE_CAUSES_POST_TYPE,
			'post_status' => 'publish',
			'post_title'  => wp_strip_all_tags( $record['title'] ),
			'post_name'   => $record['id'],
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		return $id;
	}
	// Meta, not the post's content: no content filter should touch the markup.
	update_post_meta( $id, POSSIBLE_CAUSES_RECORD, wp_slash( wp_json_encode( $record ) ) );
	return $id;
}

function possible_causes_register_routes(): void {
	$store = array(
		'permission_callback' => 'possible_causes_can_store',
	);
	register_rest_route(
		'possible-causes/v1',
		'/topics',
		array(
			array(
				'methods'             => 'GET',
				'callback'            => 'possible_causes_rest_list',
				// The block lists them to whoever may place it.
				'permission_callback' => fn() => current_user_can( 'edit_posts' ),
			),
			array(
				'methods'  => 'POST',
				'callback' => 'possible_causes_rest_store',
			) + $store,
		)
	);
	register_rest_route(
		'possible-causes/v1',
		'/topics/(?P<id>[a-z0-9-]+)',
		array(
			'methods'  => 'DELETE',
			'callback' => 'possible_causes_rest_delete',
		) + $store
	);
}

/** The topics a block may show: id, title, language, causes, and the JSON of the site's own. */
function possible_causes_rest_list(): array {
	return array_map(
		fn( $record ) => array(
			'id'      => $record['id'],
			'title'   => $record['title'],
			'lang'    => $record['lang'],
			'builtIn' => $record['builtIn'],
			'causes'  => $record['causes'],
			'json'    => $record['json'],
		),
		possible_causes_records()
	);
}

function possible_causes_rest_store( WP_REST_Request $request ) {
	$record  = $request->get_json_params();
	$problem = possible_causes_record_problem( $record );
	if ( null !== $problem ) {
		return new WP_Error( 'possible_causes_record', $problem, array( 'status' => 400 ) );
	}
	$stored = possible_causes_store_topic( $record );
	return is_wp_error( $stored ) ? $stored : array( 'id' => $record['id'] );
}

function possible_causes_rest_delete( WP_REST_Request $request ) {
	$post = possible_causes_site_post( $request['id'] );
	if ( null === $post ) {
		return new WP_Error( 'possible_causes_unknown', __( 'No such topic.', 'possible-causes' ), array( 'status' => 404 ) );
	}
	wp_delete_post( $post->ID, true );
	return array( 'deleted' => $request['id'] );
}
