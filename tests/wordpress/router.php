<?php
// The router of `php -S` for the test site: WordPress from its folder, and
// /wp-content/ from the site's own (POSSIBLE_CAUSES_WP_CONTENT; Debian's
// Apache config aliases /var/lib/wordpress/wp-content so), where the plugins
// are installed and whose themes are Debian's.
$possible_causes_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( ! str_starts_with( $possible_causes_path, '/wp-content/' ) ) {
	return false;
}
$possible_causes_content = getenv( 'POSSIBLE_CAUSES_WP_CONTENT' );
$possible_causes_file    = realpath( $possible_causes_content . substr( $possible_causes_path, strlen( '/wp-content' ) ) );
$possible_causes_in   = fn( $folder ) => false !== $possible_causes_file && str_starts_with( $possible_causes_file, $folder );
if ( ! ( $possible_causes_in( realpath( $possible_causes_content ) . '/' ) || $possible_causes_in( '/usr/share/wordpress/wp-content/' ) )
	|| is_dir( $possible_causes_file ) || str_ends_with( $possible_causes_file, '.php' ) ) {
	http_response_code( 404 );
	return true;
}
$possible_causes_types = array(
	'js'   => 'text/javascript',
	'mjs'  => 'text/javascript',
	'wasm' => 'application/wasm',
	'css'  => 'text/css',
	'html' => 'text/html; charset=utf-8',
	'json' => 'application/json',
	'svg'  => 'image/svg+xml',
	'png'  => 'image/png',
);
header( 'Content-Type: ' . ( $possible_causes_types[ pathinfo( $possible_causes_file, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
header( 'Content-Length: ' . filesize( $possible_causes_file ) );
readfile( $possible_causes_file );
return true;
