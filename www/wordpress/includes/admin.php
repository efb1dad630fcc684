<?php
/**
 * wp-admin: the Topics screen (list, export, delete; the editors' page to
 * make and change a topic; rendering again the topics an older version made)
 * and Settings → Possible causes.
 *
 * @package possible-causes
 */

defined( 'ABSPATH' ) || exit;

const POSSIBLE_CAUSES_TOPICS_PAGE   = 'possible-causes';
const POSSIBLE_CAUSES_SETTINGS_PAGE = 'possible-causes-settings';

function possible_causes_admin_menu(): void {
	add_menu_page( __( 'Possible causes topics', 'possible-causes' ), __( 'Possible causes', 'possible-causes' ), 'edit_posts', POSSIBLE_CAUSES_TOPICS_PAGE, 'possible_causes_topics_page', 'dashicons-list-view', 26 );
	add_options_page( __( 'Possible causes', 'possible-causes' ), __( 'Possible causes', 'possible-causes' ), 'manage_options', POSSIBLE_CAUSES_SETTINGS_PAGE, 'possible_causes_settings_page' );
}
add_action( 'admin_menu', 'possible_causes_admin_menu' );

function possible_causes_admin_script( string $hook ): void {
	if ( 'toplevel_page_' . POSSIBLE_CAUSES_TOPICS_PAGE === $hook ) {
		wp_enqueue_script( 'possible-causes-admin', plugins_url( 'admin/admin.mjs', POSSIBLE_CAUSES_FILE ), array(), possible_causes_build()['version'] ?? false, true );
	}
}
add_action( 'admin_enqueue_scripts', 'possible_causes_admin_script' );

/** The admin script is a module (WordPress 6.1 has no module scripts of its own). */
function possible_causes_admin_module( string $tag, string $handle, string $src ): string {
	return 'possible-causes-admin' === $handle ? sprintf( '<script type="module" src="%s"></script>' . "\n", esc_url( $src ) ) : $tag;
}
add_filter( 'script_loader_tag', 'possible_causes_admin_module', 10, 3 );

/**
 * On the Dashboard and the Plugins screen (where an update is made), a user
 * who may store topics hears of the site's topics rendered by another version
 * of the plugin: readers get them as they were until the Topics screen
 * renders them again. Not on every screen: reading every record (its markup
 * included) is not work for each page of wp-admin.
 */
function possible_causes_stale_notice(): void {
	$screen = get_current_screen();
	if ( ! $screen || ! in_array( $screen->id, array( 'dashboard', 'plugins' ), true ) || ! possible_causes_can_store() ) {
		return;
	}
	$stale = count( array_filter( possible_causes_records(), 'possible_causes_is_stale' ) );
	if ( 0 === $stale ) {
		return;
	}
	printf(
		'<div class="notice notice-warning" id="possible-causes-stale"><p>%s <a href="%s">%s</a></p></div>',
		/* translators: %d: how many topics */
		esc_html( sprintf( _n( '%d possible-causes topic was rendered by another version of the plugin; readers still get it that way.', '%d possible-causes topics were rendered by another version of the plugin; readers still get them that way.', $stale, 'possible-causes' ), $stale ) ),
		esc_url( admin_url( 'admin.php?page=' . POSSIBLE_CAUSES_TOPICS_PAGE ) ),
		esc_html__( 'Open the topics to render them again.', 'possible-causes' )
	);
}
add_action( 'admin_notices', 'possible_causes_stale_notice' );

/** What admin.mjs needs, as JSON no markup can break out of. */
function possible_causes_admin_config( ?string $editing ): void {
	$build    = possible_causes_build();
	$settings = possible_causes_settings();
	$config   = array(
		'rest'           => esc_url_raw( rest_url( 'possible-causes/v1/' ) ),
		'nonce'          => wp_create_nonce( 'wp_rest' ),
		'canStore'       => possible_causes_can_store(),
		'editing'        => $editing,
		// For the editor's preview: records leave department links to each page.
		'departmentHref' => $settings['department_href'],
		'render'         => array(
			'widgetBase'    => possible_causes_files_base(),
			'headingLevels' => possible_causes_attributes()['heading-level']['enum'] ?? array(),
			'languages'     => $build['languages'] ?? array(),
			'version'       => $build['version'] ?? '',
		),
		'records'        => array_map(
			fn( $record ) => array_intersect_key( $record, array_flip( array( 'id', 'builtIn', 'json' ) ) )
				+ array( 'stale' => possible_causes_is_stale( $record ) ),
			possible_causes_records()
		),
	);
	printf(
		'<script type="application/json" id="possible-causes-config">%s</script>',
		wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT )
	);
	echo '<div id="possible-causes-status" role="status" aria-live="polite"></div>';
}

function possible_causes_topics_page(): void {
	$editing = isset( $_GET['action'] ) && 'edit' === $_GET['action'] && possible_causes_can_store(); // phpcs:ignore WordPress.Security.NonceVerification -- which view, no change.
	echo '<div class="wrap">';
	if ( $editing ) {
		$id     = sanitize_key( wp_unslash( $_GET['topic'] ?? '' ) ); // phpcs:ignore WordPress.Security.NonceVerification
		$record = '' === $id ? null : possible_causes_record( $id );
		printf( '<h1>%s</h1>', esc_html( null === $record ? __( 'Add a topic', 'possible-causes' ) : __( 'Edit topic', 'possible-causes' ) ) );
		echo '<p>' . esc_html__( 'Start from the article, fix what the editor lists, check the preview, then save. Authors can then place the topic with the block or the shortcode.', 'possible-causes' ) . '</p>';
		printf(
			'<iframe id="possible-causes-editor" title="%s" src="%s" style="width:100%%;height:70vh;border:1px solid #c3c4c7;background:#fff"></iframe>',
			esc_attr__( 'Topic editor', 'possible-causes' ),
			esc_url( plugins_url( 'widget/editor/index.html', POSSIBLE_CAUSES_FILE ) )
		);
		printf( '<p><button type="button" class="button button-primary" id="possible-causes-save">%s</button> <a href="%s">%s</a></p>', esc_html__( 'Save topic', 'possible-causes' ), esc_url( admin_url( 'admin.php?page=' . POSSIBLE_CAUSES_TOPICS_PAGE ) ), esc_html__( 'Back to the topics', 'possible-causes' ) );
		possible_causes_admin_config( $record['json'] ?? null );
		echo '</div>';
		return;
	}
	echo '<h1 class="wp-heading-inline">' . esc_html__( 'Possible causes topics', 'possible-causes' ) . '</h1>';
	if ( possible_causes_can_store() ) {
		printf( ' <a class="page-title-action" href="%s">%s</a>', esc_url( admin_url( 'admin.php?page=' . POSSIBLE_CAUSES_TOPICS_PAGE . '&action=edit' ) ), esc_html__( 'Add a topic', 'possible-causes' ) );
	} else {
		echo '<p>' . esc_html__( 'Only users WordPress lets post unfiltered HTML (on a single site, Administrators and Editors) can add or change topics: a topic is saved with its rendered HTML.', 'possible-causes' ) . '</p>';
	}
	echo '<table class="widefat striped"><thead><tr><th scope="col">' . esc_html__( 'Topic', 'possible-causes' ) . '</th><th scope="col">' . esc_html__( 'Id', 'possible-causes' ) . '</th><th scope="col">' . esc_html__( 'Language', 'possible-causes' ) . '</th><th scope="col">' . esc_html__( 'Actions', 'possible-causes' ) . '</th></tr></thead><tbody>';
	foreach ( possible_causes_records() as $record ) {
		$id      = $record['id'];
		$actions = sprintf( '<a href="%s">%s</a>', esc_url( wp_nonce_url( admin_url( 'admin-post.php?action=possible_causes_export&topic=' . $id ), 'possible_causes_export_' . $id ) ), esc_html__( 'Export JSON', 'possible-causes' ) );
		if ( ! $record['builtIn'] && possible_causes_can_store() ) {
			$actions .= sprintf( ' | <a href="%s">%s</a>', esc_url( admin_url( 'admin.php?page=' . POSSIBLE_CAUSES_TOPICS_PAGE . '&action=edit&topic=' . $id ) ), esc_html__( 'Edit', 'possible-causes' ) );
			$actions .= sprintf(
				' | <form method="post" action="%s" style="display:inline"><input type="hidden" name="action" value="possible_causes_delete"><input type="hidden" name="topic" value="%s">%s<button type="submit" class="button-link button-link-delete">%s</button></form>',
				esc_url( admin_url( 'admin-post.php' ) ),
				esc_attr( $id ),
				wp_nonce_field( 'possible_causes_delete_' . $id, '_wpnonce', true, false ),
				esc_html__( 'Delete', 'possible-causes' )
			);
		}
		printf(
			'<tr><td>%s%s</td><td><code>%s</code></td><td>%s</td><td>%s</td></tr>',
			esc_html( $record['title'] ),
			$record['builtIn'] ? ' <em>(' . esc_html__( 'built in', 'possible-causes' ) . ')</em>' : '',
			esc_html( $id ),
			esc_html( $record['lang'] ),
			$actions // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
		);
	}
	echo '</tbody></table>';
	possible_causes_admin_config( null );
	echo '</div>';
}

/** A topic's JSON as a file, as `possible-causes check` accepts it. */
function possible_causes_export(): void {
	$id = sanitize_key( wp_unslash( $_GET['topic'] ?? '' ) );
	check_admin_referer( 'possible_causes_export_' . $id );
	if ( ! current_user_can( 'edit_posts' ) ) {
		wp_die( esc_html__( 'You may not export topics.', 'possible-causes' ), 403 );
	}
	$record = possible_causes_record( $id );
	if ( null === $record ) {
		wp_die( esc_html__( 'No such topic.', 'possible-causes' ), 404 );
	}
	nocache_headers();
	header( 'Content-Type: application/json; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="' . $id . '.json"' );
	header( 'X-Content-Type-Options: nosniff' );
	echo $record['json']; // phpcs:ignore WordPress.Security.EscapeOutput -- a JSON file, not a page.
	exit;
}
add_action( 'admin_post_possible_causes_export', 'possible_causes_export' );

function possible_causes_delete(): void {
	$id = sanitize_key( wp_unslash( $_POST['topic'] ?? '' ) );
	check_admin_referer( 'possible_causes_delete_' . $id );
	if ( ! possible_causes_can_store() ) {
		wp_die( esc_html__( 'You may not delete topics.', 'possible-causes' ), 403 );
	}
	$post = possible_causes_site_post( $id );
	if ( null !== $post ) {
		wp_delete_post( $post->ID, true );
	}
	wp_safe_redirect( admin_url( 'admin.php?page=' . POSSIBLE_CAUSES_TOPICS_PAGE ) );
	exit;
}
add_action( 'admin_post_possible_causes_delete', 'possible_causes_delete' );

function possible_causes_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = possible_causes_settings();
	$name     = fn( $field ) => POSSIBLE_CAUSES_SETTINGS . "[$field]";
	$select   = function ( string $field, array $values ) use ( $settings, $name ) {
		$options = '<option value="">' . esc_html__( 'The widget\'s default', 'possible-causes' ) . '</option>';
		foreach ( $values as $value ) {
			$options .= sprintf( '<option value="%1$s"%2$s>%1$s</option>', esc_attr( $value ), selected( $settings[ $field ], $value, false ) );
		}
		return sprintf( '<select id="possible-causes-%s" name="%s">%s</select>', esc_attr( $field ), esc_attr( $name( $field ) ), $options );
	};
	echo '<div class="wrap"><h1>' . esc_html__( 'Possible causes', 'possible-causes' ) . '</h1><form method="post" action="options.php">';
	settings_fields( 'possible_causes' );
	echo '<table class="form-table" role="presentation">';
	printf(
		'<tr><th scope="row"><label for="possible-causes-department_href">%s</label></th><td><input class="regular-text code" type="text" id="possible-causes-department_href" name="%s" value="%s" placeholder="/departments/{department}/" aria-describedby="possible-causes-department_href-help"><p class="description" id="possible-causes-department_href-help">%s</p></td></tr>',
		esc_html__( 'Department links', 'possible-causes' ),
		esc_attr( $name( 'department_href' ) ),
		esc_attr( $settings['department_href'] ),
		esc_html__( 'Where each department link goes: {department} becomes the department\'s id (gynecology, orthopedics). An http(s) or relative link. Empty: each department\'s own link. Every page with the widget follows it at once, before any script runs.', 'possible-causes' )
	);
	printf( '<tr><th scope="row"><label for="possible-causes-lang">%s</label></th><td>%s</td></tr>', esc_html__( 'Language of the widget\'s words', 'possible-causes' ), $select( 'lang', possible_causes_build()['languages'] ?? array() ) ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped in $select.
	printf( '<tr><th scope="row"><label for="possible-causes-theme">%s</label></th><td>%s</td></tr>', esc_html__( 'Theme', 'possible-causes' ), $select( 'theme', possible_causes_attributes()['theme']['enum'] ?? array() ) ); // phpcs:ignore WordPress.Security.EscapeOutput
	printf(
		'<tr><th scope="row"><label for="possible-causes-files_base">%s</label></th><td><input class="regular-text code" type="url" id="possible-causes-files_base" name="%s" value="%s" aria-describedby="possible-causes-files_base-help"><p class="description" id="possible-causes-files_base-help">%s</p></td></tr>',
		esc_html__( 'Where the widget\'s files are served', 'possible-causes' ),
		esc_attr( $name( 'files_base' ) ),
		esc_attr( $settings['files_base'] ),
		/* translators: %s: the plugin's version */
		esc_html( sprintf( __( 'Empty: this plugin\'s own folder. Or the address of a folder (a CDN) serving the files of version %s exactly: the browser checks embed.js against its hash.', 'possible-causes' ), possible_causes_build()['version'] ?? '' ) )
	);
	echo '</table>';
	submit_button();
	echo '</form></div>';
}
