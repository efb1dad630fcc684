<?php
/**
 * Settings → Possible causes: the department link template, the default
 * language and theme, and where the widget's files are served. Only for
 * those who may manage options.
 *
 * @package possible-causes
 */

defined( 'ABSPATH' ) || exit;

const POSSIBLE_CAUSES_SETTINGS = 'possible_causes_settings';

/** The settings, each with its default. */
function possible_causes_settings(): array {
	$saved = get_option( POSSIBLE_CAUSES_SETTINGS, array() );
	return wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'department_href' => '',
			'lang'            => '',
			'theme'           => '',
			'files_base'      => '',
		)
	);
}

/**
 * Why `$href` may not be a department link template, or null. The rule is the
 * widget's (`check_url` in src/content/rules.rs), which it applies to the link
 * the template makes for each department; the plugin's tests hold the two to
 * the same answers. Department ids are kebab-case: put in the template, one
 * adds no space and no `/?#`, so the template is judged as it is (stricter
 * only where a department's id would be the scheme http or https itself).
 * An empty template means none, and is not asked about.
 */
function possible_causes_href_problem( string $href ): ?string {
	// Browsers drop tabs and newlines inside a URL ("java\tscript:" runs); text that is not UTF-8 fails too.
	if ( 1 !== preg_match( '/^[^\p{Cc}\p{Z}]*$/u', $href ) ) {
		return __( 'a link has no spaces or control characters', 'possible-causes' );
	}
	$before_path = substr( $href, 0, strcspn( $href, '/?#' ) );
	$colon       = strpos( $before_path, ':' );
	$scheme      = false === $colon ? null : substr( $before_path, 0, $colon );
	if ( null !== $scheme && ! in_array( strtolower( $scheme ), array( 'http', 'https' ), true ) ) {
		/* translators: %s: a URL scheme */
		return sprintf( __( '%s: links are not allowed; use http(s) or a relative link', 'possible-causes' ), $scheme );
	}
	return null;
}

/** The settings as submitted, each checked; what fails keeps its old value, with a message. */
function possible_causes_sanitize_settings( $input ): array {
	$old   = possible_causes_settings();
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$new   = $old;
	$href  = trim( (string) ( $input['department_href'] ?? '' ) );
	$why   = '' === $href ? null : possible_causes_href_problem( $href );
	if ( null === $why ) {
		$new['department_href'] = $href;
	} else {
		/* translators: %s: why the link is refused */
		add_settings_error( POSSIBLE_CAUSES_SETTINGS, 'department_href', sprintf( __( 'Department links: %s.', 'possible-causes' ), $why ) );
	}
	$attributes = possible_causes_attributes();
	$lang       = (string) ( $input['lang'] ?? '' );
	if ( '' === $lang || in_array( $lang, possible_causes_build()['languages'] ?? array(), true ) ) {
		$new['lang'] = $lang;
	}
	$theme = (string) ( $input['theme'] ?? '' );
	if ( '' === $theme || in_array( $theme, $attributes['theme']['enum'] ?? array(), true ) ) {
		$new['theme'] = $theme;
	}
	$base = trim( (string) ( $input['files_base'] ?? '' ) );
	if ( '' === $base || ( wp_http_validate_url( $base ) && esc_url_raw( $base, array( 'https', 'http' ) ) === $base ) ) {
		$new['files_base'] = $base;
	} else {
		add_settings_error( POSSIBLE_CAUSES_SETTINGS, 'files_base', __( 'Where the files are served: an http(s) address of a folder, or empty for this plugin\'s own.', 'possible-causes' ) );
	}
	return $new;
}

function possible_causes_register_settings(): void {
	register_setting(
		'possible_causes',
		POSSIBLE_CAUSES_SETTINGS,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'possible_causes_sanitize_settings',
			'default'           => array(),
		)
	);
}
add_action( 'admin_init', 'possible_causes_register_settings' );
