<?php
/**
 * Deleting the plugin deletes what it stored: its settings and the site's
 * own topics (posts of the type possible_causes, with their meta).
 * Posts that placed the widget keep their block comment or shortcode text.
 *
 * @package possible-causes
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'possible_causes_settings' );
$possible_causes_topics = get_posts(
	array(
		'post_type'   => 'possible_causes',
		'post_status' => 'any',
		'numberposts' => -1,
		'fields'      => 'ids',
	)
);
foreach ( $possible_causes_topics as $possible_causes_topic ) {
	wp_delete_post( $possible_causes_topic, true );
}
