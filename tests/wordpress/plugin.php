<?php
// The test site's side of the plugin tests: one command, as JSON on stdin,
// run as the user it names; its answer as JSON on stdout.
//   install {zip}             Plugins → Add New → Upload's code: unpack the zip, activate
//   post {role, content}      publish a post as that role, through the filters WordPress gives it
//   session {role}            the cookies of a logged-in session, as wp-login.php would set them
//   settings {settings}       change settings as WP-CLI would, without the Settings screen
//   age topic {id}            make a site topic's record as an older version stored it
//   link problems {links}     the plugin's answer for each department link template (null: none)
//   state                     what the plugin left in the database
//   uninstall                 Plugins → Delete's code: deactivate, run uninstall.php, remove the folder
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

const PLUGIN = 'possible-causes/possible-causes.php';
$command = json_decode( file_get_contents( 'php://stdin' ), true );
wp_set_current_user( get_user_by( 'login', $command['role'] ?? 'admin' )->ID );
kses_init();

switch ( $command['do'] ) {
	case 'install':
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$result   = $upgrader->install( $command['zip'] );
		if ( true !== $result ) {
			fwrite( STDERR, is_wp_error( $result ) ? $result->get_error_message() : implode( "\n", $upgrader->skin->get_upgrade_messages() ) );
			exit( 1 );
		}
		$activated = activate_plugin( PLUGIN );
		echo wp_json_encode( array( 'active' => null === $activated && is_plugin_active( PLUGIN ), 'plugin' => get_plugin_data( WP_PLUGIN_DIR . '/' . PLUGIN ) ) );
		break;
	case 'post':
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $command['title'] ?? 'Lower back pain after a Mirena IUD',
					'post_content' => $command['content'],
					'post_status'  => 'publish',
					'post_author'  => get_current_user_id(),
				)
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() );
			exit( 1 );
		}
		echo wp_json_encode( array( 'id' => $id, 'url' => get_permalink( $id ), 'saved' => get_post( $id )->post_content ) );
		break;
	case 'session':
		$expires = time() + DAY_IN_SECONDS;
		echo wp_json_encode(
			array(
				array( 'name' => AUTH_COOKIE, 'value' => wp_generate_auth_cookie( get_current_user_id(), $expires, 'auth' ) ),
				array( 'name' => LOGGED_IN_COOKIE, 'value' => wp_generate_auth_cookie( get_current_user_id(), $expires, 'logged_in' ) ),
			)
		);
		break;
	case 'settings':
		// A setting changed without the Settings screen (WP-CLI, an options import).
		update_option( 'possible_causes_settings', array_merge( get_option( 'possible_causes_settings', array() ), $command['settings'] ) );
		echo wp_json_encode( get_option( 'possible_causes_settings' ) );
		break;
	case 'age topic':
		// As an older version stored it: another version, its links written in.
		$post   = possible_causes_site_post( $command['id'] );
		$record = possible_causes_post_record( $post );
		unset( $record['departmentLinks'] );
		$record['version']  = 'older';
		[ $open, $close ]   = possible_causes_build()['marks']['link'];
		array_walk_recursive(
			$record['variants'],
			function ( &$content ) use ( $open, $close ) {
				$content = str_replace( array( $open, $close ), array( '/old-links/', '' ), $content );
			}
		);
		update_post_meta( $post->ID, POSSIBLE_CAUSES_RECORD, wp_slash( wp_json_encode( $record ) ) );
		echo wp_json_encode( $record );
		break;
	case 'link problems':
		echo wp_json_encode( array_map( 'possible_causes_href_problem', $command['links'] ) );
		break;
	case 'state':
		global $wpdb;
		echo wp_json_encode(
			array(
				'options' => $wpdb->get_col( "SELECT option_name FROM $wpdb->options WHERE option_name LIKE 'possible\\_causes%'" ),
				'topics'  => (int) $wpdb->get_var( "SELECT COUNT(*) FROM $wpdb->posts WHERE post_type = 'possible_causes'" ),
				'meta'    => (int) $wpdb->get_var( "SELECT COUNT(*) FROM $wpdb->postmeta WHERE meta_key LIKE '\\_possible\\_causes%'" ),
				'folder'  => file_exists( WP_PLUGIN_DIR . '/possible-causes' ),
			)
		);
		break;
	case 'uninstall':
		deactivate_plugins( PLUGIN );
		$deleted = delete_plugins( array( PLUGIN ) );
		echo wp_json_encode( array( 'deleted' => true === $deleted ) );
		break;
}
