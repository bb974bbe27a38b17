import KitWebPart from '../../kit-web-part';

/** The four i's planner (`<attendance-four-is>`) as a web part. */
export default class AttendanceFourIsWebPart extends KitWebPart {
  protected readonly tag = 'attendance-four-is';
}
