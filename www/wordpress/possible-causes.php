<?php
/**
 * Plugin Name:       Possible causes
 * Description:       An accessible "possible causes" accordion for a symptom question, with links to the departments that treat each cause: a block, a shortcode and the site's own topics, read in full before any script.
 * Version:           %VERSION%
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT OR Apache-2.0
 * Text Domain:       possible-causes
 *
 * @package possible-causes
 */

defined( 'ABSPATH' ) || exit;

define( 'POSSIBLE_CAUSES_FILE', __FILE__ );

require_once __DIR__ . '/includes/description.php';
require_once __DIR__ . '/includes/topics.php';
require_once __DIR__ . '/includes/element.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/admin.php';

add_action( 'init', 'possible_causes_register' );
add_action( 'rest_api_init', 'possible_causes_register_routes' );
