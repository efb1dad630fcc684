<?php
/**
 * What the build wrote beside the plugin: the block's description (block.json,
 * whose attributes the build writes from the element's one description,
 * element.json) and the facts of this build (build.json: version, embed.js's
 * integrity hash, the built-in topics, the languages the widget speaks, how
 * department links and words are marked in a record).
 *
 * @package possible-causes
 */

defined( 'ABSPATH' ) || exit;

/** The JSON file `$name` of the plugin's folder, decoded once. */
function possible_causes_plugin_json( string $name ): array {
	static $read = array();
	if ( ! isset( $read[ $name ] ) ) {
		$decoded       = json_decode( (string) file_get_contents( __DIR__ . '/../' . $name ), true );
		$read[ $name ] = is_array( $decoded ) ? $decoded : array();
	}
	return $read[ $name ];
}

/** This build's facts: version, embedIntegrity, topics, languages, the element's defaults, marks (of department links and words in a record). */
function possible_causes_build(): array {
	return possible_causes_plugin_json( 'build.json' );
}

/**
 * The element's attributes by name, as block.json has them (from element.json):
 * `type` and, where the element takes only some values, `enum`.
 */
function possible_causes_attributes(): array {
	return possible_causes_plugin_json( 'block.json' )['attributes'] ?? array();
}

/** The folder URL embed.js and its files are served from, with a slash at the end. */
function possible_causes_files_base(): string {
	$base = possible_causes_settings()['files_base'];
	return '' === $base ? plugins_url( 'widget/', POSSIBLE_CAUSES_FILE ) : trailingslashit( $base );
}
