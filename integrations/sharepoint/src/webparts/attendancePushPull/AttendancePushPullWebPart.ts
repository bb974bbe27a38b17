import KitWebPart from '../../kit-web-part';

/** The push and pull factor explorer (`<attendance-push-pull>`) as a web part. */
export default class AttendancePushPullWebPart extends KitWebPart {
  protected readonly tag = 'attendance-push-pull';
}
