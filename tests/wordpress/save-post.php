<?php
// Saves stdin as a post of the user named by POSSIBLE_CAUSES_ROLE, through
// the filters WordPress gives that user (KSES for a role without
// unfiltered_html), then prints what was saved and what a reader's page
// shows of it (the_content: wpautop, wptexturize, …).
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require '/usr/share/wordpress/wp-load.php';

$user = get_user_by('login', getenv('POSSIBLE_CAUSES_ROLE'));
wp_set_current_user($user->ID);
kses_init();
$id = wp_insert_post(wp_slash(array(
	'post_title'   => 'Lower back pain after a Mirena IUD',
	'post_content' => file_get_contents('php://stdin'),
	'post_status'  => 'draft',
	'post_author'  => $user->ID,
)), true);
if (is_wp_error($id)) {
	fwrite(STDERR, $id->get_error_message());
	exit(1);
}
$saved = get_post($id)->post_content;
echo json_encode(array(
	'filtered' => ! current_user_can('unfiltered_html'),
	'saved'    => $saved,
	'shown'    => apply_filters('the_content', $saved),
));
